namespace WithdrawalBot.Tests.Support;

/// <summary>Standard input that gives a first line, then blocks as a terminal or an idle pipe does (until disposed).</summary>
public sealed class FirstLineThenWaits(string first) : TextReader
{
    private readonly StringReader start = new(first);
    private readonly ManualResetEventSlim released = new();

    /// <summary>Completes when the first line has been read and the next read blocks.</summary>
    public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override int Read(char[] buffer, int index, int count)
    {
        var read = start.Read(buffer, index, count);
        if (read > 0)
        {
            return read;
        }

        Waiting.TrySetResult();
        released.Wait();
        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        released.Set();
        base.Dispose(disposing);
    }
}
