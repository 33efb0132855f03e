namespace SocialWatch.Domain;

/// <summary>Converts labels to and from their lower-case codes (<c>none</c>, <c>grey</c>, <c>abusive</c>, <c>threat</c>).</summary>
public static class LabelCodes
{
    /// <summary>All labels, least severe first.</summary>
    public static IReadOnlyList<Label> All { get; } = [Label.None, Label.Grey, Label.Abusive, Label.Threat];

    /// <summary>The code used in files, the database and the API.</summary>
    public static string ToCode(this Label label) => label switch
    {
        Label.None => "none",
        Label.Grey => "grey",
        Label.Abusive => "abusive",
        Label.Threat => "threat",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown label."),
    };

    /// <summary>Parses a code; returns false for anything else.</summary>
    public static bool TryParse(string? code, out Label label)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "none": label = Label.None; return true;
            case "grey": label = Label.Grey; return true;
            case "abusive": label = Label.Abusive; return true;
            case "threat": label = Label.Threat; return true;
            default: label = Label.None; return false;
        }
    }

    /// <summary>Parses a code or throws <see cref="FormatException"/> naming the bad value.</summary>
    public static Label Parse(string? code) =>
        TryParse(code, out var label) ? label : throw new FormatException($"'{code}' is not a label; use none, grey, abusive or threat.");

    /// <summary>Whether a label puts a post in the review queue.</summary>
    public static bool IsFlagged(this Label label) => label != Label.None;
}
