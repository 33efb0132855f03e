namespace SocialWatch.Worker.Hosting;

/// <summary>
/// The SocialWatch home folder: the one holding <c>config/appsettings.json</c>. Relative paths in settings are
/// relative to it. Found from <c>SOCIALWATCH_HOME</c>, else by walking up from the working folder, else from the
/// application folder (the container's <c>/app</c>).
/// </summary>
public sealed class AppHome(string root)
{
    /// <summary>Settings file, relative to the home.</summary>
    public const string SettingsFile = "config/appsettings.json";

    /// <summary>The absolute home folder.</summary>
    public string Root { get; } = System.IO.Path.GetFullPath(root);

    /// <summary>The settings file's absolute path.</summary>
    public string Settings => Resolve(SettingsFile);

    /// <summary>Makes a setting's path absolute (absolute paths are kept).</summary>
    public string Resolve(string path) => System.IO.Path.GetFullPath(path, Root);

    /// <summary>Finds the home folder as described on the type.</summary>
    public static AppHome Locate()
    {
        if (Environment.GetEnvironmentVariable("SOCIALWATCH_HOME") is { Length: > 0 } explicitHome)
        {
            return new AppHome(explicitHome);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, SettingsFile)))
                {
                    return new AppHome(dir.FullName);
                }
            }
        }

        return new AppHome(Directory.GetCurrentDirectory());
    }
}
