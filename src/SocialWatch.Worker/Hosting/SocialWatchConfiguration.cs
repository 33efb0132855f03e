namespace SocialWatch.Worker.Hosting;

/// <summary>Builds the configuration: the settings file, then <c>SOCIALWATCH__Section__Key</c> environment variables, then overrides.</summary>
public static class SocialWatchConfiguration
{
    /// <summary>Environment variable prefix.</summary>
    public const string EnvironmentPrefix = "SOCIALWATCH__";

    /// <summary>Replaces the builder's sources with ours.</summary>
    public static void Apply(IConfigurationManager configuration, AppHome home, IEnumerable<KeyValuePair<string, string?>>? overrides)
    {
        if (!File.Exists(home.Settings))
        {
            throw new FileNotFoundException($"The settings file '{home.Settings}' does not exist. Run SocialWatch from its folder or set SOCIALWATCH_HOME.", home.Settings);
        }

        configuration.Sources.Clear();
        configuration.AddJsonFile(home.Settings, optional: false, reloadOnChange: false);
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null)
        {
            // Later overrides win over earlier ones for the same key.
            var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in overrides)
            {
                merged[key] = value;
            }

            configuration.AddInMemoryCollection(merged);
        }
    }
}
