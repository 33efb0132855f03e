namespace SocialWatch.Register.Migrations;

/// <summary>The database was written by a newer SocialWatch; this build refuses to touch it.</summary>
public sealed class SchemaTooNewException : Exception
{
    public SchemaTooNewException(string database, int found, int known)
        : base($"The database '{database}' has schema version {found}, but this SocialWatch knows versions up to {known}. " +
               "It was written by a newer release: run that release, or restore a backup made for this one. Nothing was changed.")
    {
    }

    public SchemaTooNewException()
    {
    }

    public SchemaTooNewException(string message)
        : base(message)
    {
    }

    public SchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
