using System.IO.Compression;
using SocialWatch.Classification.Model;
using SocialWatch.Tests.Support;

namespace SocialWatch.Classification.Tests.Model;

public class ModelLoadTests
{
    [Fact]
    public void A_missing_model_is_refused_with_its_path_and_the_train_command()
    {
        using var dir = new TempDirectory();
        var path = dir.File("absent.zip");

        var e = Assert.Throws<ModelLoadException>(() => TextClassifier.Load(path));

        Assert.Contains(path, e.Message);
        Assert.Contains("train", e.Message);
    }

    [Fact]
    public void A_corrupt_model_is_refused_with_its_path_and_the_train_command()
    {
        using var dir = new TempDirectory();
        var path = dir.File("corrupt.zip");
        File.WriteAllBytes(path, [0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        File.Copy(ModelCard.PathFor(RepoPaths.Model), ModelCard.PathFor(path));

        var e = Assert.Throws<ModelLoadException>(() => TextClassifier.Load(path));

        Assert.Contains(path, e.Message);
        Assert.Contains("train", e.Message);
    }

    [Fact]
    public void A_model_without_its_card_is_refused_naming_the_card()
    {
        using var dir = new TempDirectory();
        var path = dir.File("model.zip");
        File.Copy(RepoPaths.Model, path);

        var e = Assert.Throws<ModelLoadException>(() => TextClassifier.Load(path));

        Assert.Contains(ModelCard.PathFor(path), e.Message);
    }

    [Fact]
    public void A_corrupt_card_is_refused_naming_the_card()
    {
        using var dir = new TempDirectory();
        var path = dir.File("model.zip");
        File.Copy(RepoPaths.Model, path);
        File.WriteAllText(ModelCard.PathFor(path), "{ not json");

        var e = Assert.Throws<ModelLoadException>(() => TextClassifier.Load(path));

        Assert.Contains(ModelCard.PathFor(path), e.Message);
    }

    [Fact]
    public void A_model_zip_without_its_idf_table_is_refused_naming_the_entry()
    {
        using var dir = new TempDirectory();
        var path = dir.File("model.zip");
        File.Copy(RepoPaths.Model, path);
        File.Copy(ModelCard.PathFor(RepoPaths.Model), ModelCard.PathFor(path));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry(ModelArchive.IdfEntry)!.Delete();
        }

        var e = Assert.Throws<ModelLoadException>(() => TextClassifier.Load(path));

        Assert.Contains(path, e.Message);
        Assert.Contains(ModelArchive.IdfEntry, e.Message);
    }
}
