using BenchmarkDotNet.Attributes;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Matching;

namespace WithdrawalBot.Benchmarks;

/// <summary>Start-up: load and validate every knowledge file, then build the matcher's index. Target: under 200 ms.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class StartupBenchmarks
{
    private string directory = null!;

    [GlobalSetup]
    public void Setup() => directory = KnowledgePath.Find();

    [Benchmark]
    public KnowledgeBase Load() => KnowledgeLoader.Load(directory);

    [Benchmark]
    public IntentMatcher LoadAndIndex() => new(KnowledgeLoader.Load(directory));
}
