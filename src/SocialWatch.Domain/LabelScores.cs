namespace SocialWatch.Domain;

/// <summary>Probabilities per label; they sum to 1.</summary>
public sealed record LabelScores(float None, float Grey, float Abusive, float Threat)
{
    /// <summary>The probability of one label.</summary>
    public float this[Label label] => label switch
    {
        Label.None => None,
        Label.Grey => Grey,
        Label.Abusive => Abusive,
        Label.Threat => Threat,
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    /// <summary>The most probable label (ties go to the less severe one).</summary>
    public Label ArgMax()
    {
        var best = Label.None;
        foreach (var label in LabelCodes.All)
        {
            if (this[label] > this[best])
            {
                best = label;
            }
        }

        return best;
    }
}
