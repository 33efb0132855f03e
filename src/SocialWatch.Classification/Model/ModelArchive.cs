using System.IO.Compression;
using SocialWatch.Classification.Features;

namespace SocialWatch.Classification.Model;

/// <summary>
/// The model zip holds ML.NET's own entries plus one of ours: the featuriser's IDF table, which the trainer
/// saw inside its vectors and scoring needs too. ML.NET ignores the extra entry.
/// </summary>
public static class ModelArchive
{
    /// <summary>The entry that holds the IDF table.</summary>
    public const string IdfEntry = "SocialWatch/idf.bin";

    /// <summary>Adds the IDF table to a saved model zip.</summary>
    public static void WriteIdf(string modelPath, IdfTable idf)
    {
        using var zip = ZipFile.Open(modelPath, ZipArchiveMode.Update);
        zip.GetEntry(IdfEntry)?.Delete();
        using var stream = zip.CreateEntry(IdfEntry, CompressionLevel.SmallestSize).Open();
        idf.Write(stream);
    }

    /// <summary>Reads the IDF table, or null when the settings do not use one; throws when it is missing or damaged.</summary>
    public static IdfTable? ReadIdf(string modelPath, FeatureSettings settings)
    {
        if (!settings.UseIdf)
        {
            return null;
        }

        using var zip = ZipFile.OpenRead(modelPath);
        var entry = zip.GetEntry(IdfEntry) ?? throw new InvalidDataException($"the zip has no {IdfEntry} entry, which the card's settings require");
        using var stream = entry.Open();
        return IdfTable.Read(stream, settings);
    }
}
