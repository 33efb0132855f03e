using Microsoft.Extensions.Options;
using SocialWatch.Classification.Model;
using SocialWatch.Register.Migrations;

namespace SocialWatch.Worker.Cli;

/// <summary>Turns the errors that should stop SocialWatch into one plain message for the operator.</summary>
public static class FatalErrors
{
    /// <summary>The message for a known fatal error, or null for anything unexpected.</summary>
    public static string? Describe(Exception e) => e switch
    {
        OptionsValidationException o => string.Join(Environment.NewLine, o.Failures),
        ModelLoadException or SchemaTooNewException or InvalidDataException or FileNotFoundException => e.Message,
        InvalidOperationException { InnerException: Microsoft.Data.Sqlite.SqliteException } => e.Message,
        AggregateException a when a.InnerExceptions.Count == 1 => Describe(a.InnerExceptions[0]),
        _ => null,
    };

    /// <summary>Runs a verb body and maps fatal errors to exit code 1 with a message on stderr.</summary>
    public static async Task<int> GuardAsync(TextWriter stderr, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            await stderr.WriteLineAsync($"socialwatch: {message}");
            return ExitCodes.Failure;
        }
    }
}
