using Microsoft.Extensions.Options;
using SocialWatch.Worker.Hosting;

namespace SocialWatch.Worker.Cli;

/// <summary>A host for a verb: services without web server or scheduler, options validated and schema current.</summary>
public sealed class ToolHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ToolHost(IHost host) => _host = host;

    /// <summary>The services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Builds the host and validates every options section.</summary>
    public static ToolHost Create(AppHome home, IEnumerable<KeyValuePair<string, string?>>? overrides)
    {
        var host = SocialWatchHost.BuildTool(home, overrides);
        host.Services.GetService<IStartupValidator>()?.Validate();
        return new ToolHost(host);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
