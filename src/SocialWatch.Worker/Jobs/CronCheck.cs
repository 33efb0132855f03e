using Quartz;

namespace SocialWatch.Worker.Jobs;

/// <summary>Whether a text is a Quartz cron expression.</summary>
public static class CronCheck
{
    /// <summary>True when Quartz can parse the expression.</summary>
    public static bool IsValid(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
