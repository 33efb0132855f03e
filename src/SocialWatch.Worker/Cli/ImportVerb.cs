using SocialWatch.Sources.FileDrop;
using SocialWatch.Worker.Hosting;
using SocialWatch.Worker.Startup;

namespace SocialWatch.Worker.Cli;

/// <summary><c>import FILE...</c>: imports JSONL files and classifies them; bad lines go to FILE.errors.jsonl.</summary>
public static class ImportVerb
{
    /// <summary>Runs the verb; exit code 2 when any line was bad.</summary>
    public static Task<int> RunAsync(AppHome home, IEnumerable<KeyValuePair<string, string?>>? overrides, IReadOnlyList<string> files,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        FatalErrors.GuardAsync(stderr, async () =>
        {
            var missing = files.Where(f => !File.Exists(f)).ToList();
            if (missing.Count > 0)
            {
                await stderr.WriteLineAsync($"socialwatch import: no such file: {string.Join(", ", missing)}");
                return ExitCodes.BadInput;
            }

            await using var host = ToolHost.Create(home, (overrides ?? []).Append(new("Demo:Enabled", "false")));
            await host.Services.GetRequiredService<StartupTasks>().RunAsync(cancellationToken);
            var importer = host.Services.GetRequiredService<JsonlFileImporter>();
            var bad = 0;
            foreach (var file in files)
            {
                var errors = Path.ChangeExtension(file, ".errors.jsonl");
                var r = await importer.ImportAsync(file, errors, cancellationToken);
                await stdout.WriteLineAsync(
                    $"{file}: {r.Lines} lines, {r.Inserted} registered, {r.Duplicates} already known, {r.Untargeted} not aimed at an official, {r.Alerts} threat alerts, {r.BadLines} bad");
                if (r.ErrorsFile is not null)
                {
                    await stderr.WriteLineAsync($"{file}: {r.BadLines} bad lines written to {r.ErrorsFile}");
                }

                bad += r.BadLines;
            }

            return bad > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
}
