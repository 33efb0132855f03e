using Microsoft.Extensions.Options;
using SocialWatch.Classification.Model;
using SocialWatch.Domain;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Hosting;

/// <summary>The classifier, loaded once; configured thresholds override the model card's.</summary>
public static class ClassificationRegistration
{
    /// <summary>Registers the classifier.</summary>
    public static IServiceCollection AddClassifier(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ModelOptions>>().Value;
            var path = sp.GetRequiredService<AppHome>().Resolve(options.Path);
            var classifier = TextClassifier.Load(path, time: sp.GetRequiredService<TimeProvider>());
            var card = classifier.Thresholds;
            var thresholds = new DecisionThresholds(
                options.ThreatThreshold ?? card.Threat,
                options.AbusiveThreshold ?? card.Abusive,
                options.GreyThreshold ?? card.Grey);
            return classifier.WithThresholds(thresholds);
        });
        services.AddSingleton<ITextClassifier>(sp => sp.GetRequiredService<TextClassifier>());
        return services;
    }
}
