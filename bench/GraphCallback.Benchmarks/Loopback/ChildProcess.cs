using System.Diagnostics;
using GraphCallback.Benchmarks.Measuring;

namespace GraphCallback.Benchmarks.Loopback;

/// <summary>
/// A program the harness started: its output drained (so it never blocks on a full pipe, and the
/// last lines can explain a failure), killed with its children when disposed.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 40;

    private readonly Process _process;
    private readonly Queue<string> _recent = new();

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines it wrote to stdout and stderr.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_recent)
            {
                return string.Join(Environment.NewLine, _recent);
            }
        }
    }

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start."));
    }

    public ResidentMemory? Memory() => ResidentMemory.Of(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_recent)
        {
            _recent.Enqueue(line);
            if (_recent.Count > KeptLines)
            {
                _recent.Dequeue();
            }
        }
    }
}
