using System.Diagnostics.Metrics;

namespace WithdrawalBot.Benchmarks;

/// <summary>Meters nobody listens to.</summary>
internal sealed class NoMeterFactory : IMeterFactory
{
    public Meter Create(MeterOptions options) => new(options.Name, options.Version, options.Tags, scope: this);

    public void Dispose()
    {
    }
}
