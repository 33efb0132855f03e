using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SocialWatch.Worker.Options;

/// <summary>
/// Validates an options section with its data annotations and words every failure as the setting, the file
/// it comes from and the environment variable that overrides it.
/// </summary>
public sealed class SettingsValidator<T>(string section, string configFile) : IValidateOptions<T>
    where T : class
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        var failures = results.Select(r =>
        {
            var member = r.MemberNames.FirstOrDefault() ?? "?";
            // Secrets are never echoed back into logs or the console.
            var value = member.Contains("Secret", StringComparison.Ordinal) ? "***" : typeof(T).GetProperty(member)?.GetValue(options);
            return $"Setting {section}:{member} = '{value}' in {configFile} (or SOCIALWATCH__{section}__{member}) is invalid: {r.ErrorMessage}";
        });
        return ValidateOptionsResult.Fail(failures);
    }
}
