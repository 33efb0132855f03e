using Microsoft.ML;
using SocialWatch.Classification.Evaluation;
using SocialWatch.Classification.Features;

namespace SocialWatch.Classification.Model;

/// <summary>A trained model with its card and validation metrics.</summary>
public sealed record TrainingResult(ITransformer Model, ModelCard Card, EvaluationSummary Validation, MLContext Context, DataViewSchema InputSchema, IdfTable? Idf)
{
    /// <summary>Saves the model zip and its card next to it.</summary>
    public void Save(string modelPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temp = modelPath + ".tmp";
        Context.Model.Save(Model, InputSchema, temp);
        if (Idf is not null)
        {
            ModelArchive.WriteIdf(temp, Idf);
        }

        File.Move(temp, modelPath, overwrite: true);
        Card.Write(ModelCard.PathFor(modelPath));
    }
}
