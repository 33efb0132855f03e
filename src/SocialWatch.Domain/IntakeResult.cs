namespace SocialWatch.Domain;

/// <summary>What an intake step did.</summary>
/// <param name="Inserted">Posts newly stored.</param>
/// <param name="Duplicates">Posts already in the register (same platform and external id).</param>
/// <param name="Untargeted">Posts counted but not stored because they targeted no official.</param>
/// <param name="Alerts">Alerts queued in the outbox.</param>
public sealed record IntakeResult(int Inserted, int Duplicates, int Untargeted, int Alerts)
{
    /// <summary>Adds two results.</summary>
    public IntakeResult Plus(IntakeResult other) => new(
        Inserted + other.Inserted, Duplicates + other.Duplicates, Untargeted + other.Untargeted, Alerts + other.Alerts);

    /// <summary>Nothing done.</summary>
    public static IntakeResult Empty { get; } = new(0, 0, 0, 0);
}
