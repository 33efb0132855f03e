namespace SocialWatch.Tests.Support;

/// <summary>Locates the repository (the folder with SocialWatch.sln) and its shipped files.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Model => Path.Combine(Root, "models", "socialwatch-nl.zip");

    public static string Corpus => Path.Combine(Root, "models", "corpus");

    public static string Config => Path.Combine(Root, "config");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialWatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SocialWatch.sln not found above " + AppContext.BaseDirectory);
    }
}
