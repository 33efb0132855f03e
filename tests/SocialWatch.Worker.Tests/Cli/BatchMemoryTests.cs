using System.Diagnostics;
using System.Globalization;
using System.Text;
using SocialWatch.Tests.Support;

namespace SocialWatch.Worker.Tests.Cli;

/// <summary>Runs the real executable in its own process and reads its peak resident memory from /proc.</summary>
public class BatchMemoryTests
{
    [Fact]
    public async Task Classifying_200000_lines_needs_no_more_memory_than_100_lines()
    {
        using var home = new TestHome();
        var small = home.File("small.jsonl");
        var large = home.File("large.jsonl");
        await WriteInputAsync(small, 100);
        await WriteInputAsync(large, 200_000);

        var smallPeak = await PeakMegabytesAsync(home, small, home.File("small.out"));
        var largePeak = await PeakMegabytesAsync(home, large, home.File("large.out"));

        Assert.Equal(200_000, File.ReadLines(home.File("large.out")).Count());
        Assert.True(largePeak <= (smallPeak * 1.25) + 40,
            $"peak memory {largePeak:F0} MB for 200,000 lines against {smallPeak:F0} MB for 100 lines");
    }

    private static async Task WriteInputAsync(string path, int count)
    {
        string[] texts =
        [
            "wanneer gaat het zwembad weer open?",
            "wat een kutbesluit over de parkeervergunningen",
            "jij vuile rat, rot op uit ons dorp",
            "als dat azc er komt weet je wat er gebeurt",
            "dank voor de heldere uitleg gisteravond in de raad",
        ];
        await using var writer = new StreamWriter(path, false, Encoding.UTF8);
        for (var i = 0; i < count; i++)
        {
            await writer.WriteLineAsync($"{{\"id\": {i}, \"text\": \"{texts[i % texts.Length]} {i}\"}}");
        }
    }

    private static async Task<double> PeakMegabytesAsync(TestHome home, string input, string output)
    {
        var worker = Path.Combine(AppContext.BaseDirectory, "SocialWatch.Worker.dll");
        var start = new ProcessStartInfo("dotnet", [worker, "classify", "--input", input, "--output", output])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = home.Root,
        };
        start.Environment["SOCIALWATCH_HOME"] = home.Root;
        start.Environment["SOCIALWATCH__Model__Path"] = RepoPaths.Model;
        start.Environment["SOCIALWATCH__Database__Path"] = home.File("data/mem.db");
        start.Environment["SOCIALWATCH__Serilog__WriteTo__1__Args__path"] = home.File("data/logs/mem-.log");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var peakKb = 0L;
        while (!process.HasExited)
        {
            peakKb = Math.Max(peakKb, ReadHighWaterMarkKb(process.Id));
            await Task.Delay(25);
        }

        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        Assert.True(peakKb > 0, "could not read VmHWM from /proc");
        return peakKb / 1024.0;
    }

    private static long ReadHighWaterMarkKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
