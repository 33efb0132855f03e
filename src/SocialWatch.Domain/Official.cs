namespace SocialWatch.Domain;

/// <summary>A political office holder on the watchlist.</summary>
/// <param name="Key">Stable identifier from the watchlist file.</param>
/// <param name="Name">Full name as used in public.</param>
/// <param name="Role">Role, e.g. burgemeester, wethouder, raadslid.</param>
/// <param name="Organisation">The organisation's name.</param>
/// <param name="Handles">Account handles per platform code (without leading @).</param>
/// <param name="Aliases">Other names the official is called by.</param>
public sealed record Official(
    string Key,
    string Name,
    string Role,
    string Organisation,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Handles,
    IReadOnlyList<string> Aliases);
