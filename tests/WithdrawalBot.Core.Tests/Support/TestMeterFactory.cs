using System.Diagnostics.Metrics;

namespace WithdrawalBot.Core.Tests.Support;

public sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        meters.Add(meter);
        return meter;
    }

    public void Dispose() => meters.ForEach(m => m.Dispose());
}
