namespace SocialWatch.Sources.FileDrop;

/// <summary>What importing one JSONL file did.</summary>
public sealed record FileImportReport(
    string File,
    int Lines,
    int Inserted,
    int Duplicates,
    int Untargeted,
    int Alerts,
    int BadLines,
    string? ErrorsFile);
