namespace SocialWatch.Classification.Model;

/// <summary>The model or its card could not be loaded; the message names the file and how to make a new one.</summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException(string path, string reason, Exception? inner = null)
        : base($"Cannot load the classification model '{path}': {reason}. Train one with: dotnet run --project src/SocialWatch.Worker -- train --out {path}", inner)
    {
        ModelPath = path;
    }

    public ModelLoadException()
    {
        ModelPath = string.Empty;
    }

    public ModelLoadException(string message)
        : base(message)
    {
        ModelPath = string.Empty;
    }

    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        ModelPath = string.Empty;
    }

    /// <summary>The file that failed.</summary>
    public string ModelPath { get; }
}
