using SocialWatch.Worker.Cli;

namespace SocialWatch.Tests.Support;

/// <summary>Runs the command line in process and captures its output.</summary>
public static class CommandRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(TestHome home, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLineApp.RunAsync(args, home.Home, stdout, stderr, home.Overrides);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
