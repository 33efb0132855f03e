using System.Text.Json;
using System.Text.Json.Serialization;
using SocialWatch.Domain;

namespace SocialWatch.Sources.Watchlist;

/// <summary>The officials watchlist (<c>config/officials.json</c>): organisations and their officials.</summary>
public sealed record WatchlistFile(IReadOnlyList<Organisation> Organisations, IReadOnlyList<Official> Officials)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Reads and checks the file; errors name the file and what is wrong.</summary>
    public static WatchlistFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The officials watchlist '{path}' does not exist (setting Watchlist:Path).");
        }

        WatchlistFile? file;
        try
        {
            file = JsonSerializer.Deserialize<WatchlistFile>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The officials watchlist '{path}' is not valid: {e.Message}", e);
        }

        if (file is null || file.Organisations is null || file.Officials is null)
        {
            throw new InvalidDataException($"The officials watchlist '{path}' needs 'organisations' and 'officials'.");
        }

        var organisations = file.Organisations.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var official in file.Officials)
        {
            if (string.IsNullOrWhiteSpace(official.Key) || string.IsNullOrWhiteSpace(official.Name))
            {
                throw new InvalidDataException($"The officials watchlist '{path}' has an official without 'key' or 'name'.");
            }

            if (!organisations.Contains(official.Organisation))
            {
                throw new InvalidDataException($"The officials watchlist '{path}': official '{official.Key}' names unknown organisation '{official.Organisation}'.");
            }
        }

        return file with
        {
            Officials = file.Officials.Select(o => o with
            {
                Handles = o.Handles ?? new Dictionary<string, IReadOnlyList<string>>(),
                Aliases = o.Aliases ?? [],
            }).ToList(),
        };
    }
}
