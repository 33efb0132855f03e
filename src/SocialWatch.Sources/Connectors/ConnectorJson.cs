using System.Text.Json;
using SocialWatch.Domain;

namespace SocialWatch.Sources.Connectors;

/// <summary>Shared reading of platform JSON: required and optional string fields, capped quarantine copies, refused pages.</summary>
public static class ConnectorJson
{
    /// <summary>Longest payload copy kept in quarantine.</summary>
    public const int MaxQuarantinedChars = 64 * 1024;

    /// <summary>Largest platform response read.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>A required string field, or <see cref="FormatException"/> naming it.</summary>
    public static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new FormatException($"field '{name}' is missing or not a string");

    /// <summary>An optional string field.</summary>
    public static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A payload cut to the quarantine limit.</summary>
    public static string Cap(string s) => s.Length <= MaxQuarantinedChars ? s : s[..MaxQuarantinedChars];

    /// <summary>A page that could not be used at all: quarantined, cursor unchanged, reported as a problem.</summary>
    public static SourcePage Refused(string source, string? cursor, string problem, string body) =>
        new([], [new QuarantinedItem($"{source}: {problem}", Cap(body))], cursor, false, problem);

    /// <summary>Names what a body that failed to parse was.</summary>
    public static string Describe(string body, JsonException e) =>
        $"{(body.TrimStart().StartsWith('<') ? "an HTML page instead of JSON" : "invalid JSON")}: {e.Message}";
}
