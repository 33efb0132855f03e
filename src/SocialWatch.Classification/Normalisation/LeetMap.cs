namespace SocialWatch.Classification.Normalisation;

/// <summary>Digits and symbols used as letters ("k4nk3r").</summary>
internal static class LeetMap
{
    /// <summary>The letter a leet character stands for, or the character itself.</summary>
    public static char ToLetter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        '€' => 'e',
        _ => c,
    };

    /// <summary>Whether a character is one of the leet stand-ins.</summary>
    public static bool IsLeet(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '@' or '$' or '€';
}
