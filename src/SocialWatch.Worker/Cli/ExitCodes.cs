namespace SocialWatch.Worker.Cli;

/// <summary>Exit codes of every verb.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Failure: configuration, model, database or an unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: an unknown verb or option, or input lines that could not be used.</summary>
    public const int BadInput = 2;
}
