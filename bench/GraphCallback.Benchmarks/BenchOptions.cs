using System.Globalization;
using GraphCallback.Benchmarks.Pipeline;
using GraphCallback.Benchmarks.Webhook;
using GraphCallback.Testing;

namespace GraphCallback.Benchmarks;

/// <summary>
/// What to run and how big, from the command line (each option optional):
/// --stages micro,planning,process,webhook,pipeline --rates 50,200,500 --seconds 10 --webhook-modes standalone,webhookonly
/// --pipeline 100x10,1000x2 --planning 100,1000,10000 --morning 100,1000 --cold-starts 5 --pipeline-timeout 180
/// --results bench/results --commit abc1234
/// </summary>
internal sealed record BenchOptions
{
    public static readonly IReadOnlyList<string> AllStages = ["micro", "planning", "process", "webhook", "pipeline"];

    public IReadOnlyList<string> Stages { get; init; } = AllStages;

    public IReadOnlyList<double> Rates { get; init; } = [50, 200, 500];

    public TimeSpan PerRate { get; init; } = TimeSpan.FromSeconds(8);

    public int Subscriptions { get; init; } = 20;

    public IReadOnlyList<WebhookMode> WebhookModes { get; init; } = [WebhookMode.StandAlone, WebhookMode.WebhookOnly];

    public IReadOnlyList<PipelineShape> Pipeline { get; init; } = [new(100, 10), new(1000, 2)];

    public IReadOnlyList<int> Planning { get; init; } = [100, 1000, 10000];

    /// <summary>Populations for the app's morning timer (each user arranged in Azurite first, so smaller).</summary>
    public IReadOnlyList<int> MorningPlanning { get; init; } = [100, 1000];

    public int ColdStarts { get; init; } = 5;

    /// <summary>How long one pipeline workload may take before it is reported as incomplete.</summary>
    public TimeSpan PipelineTimeout { get; init; } = TimeSpan.FromSeconds(150);

    public string Results { get; init; } = Path.Combine(RepositoryRoot.Path, "bench", "results");

    public string? Commit { get; init; }

    public bool Runs(string stage) => Stages.Contains(stage, StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">An unknown option, or a value that does not parse.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--stages" => options with { Stages = List(value, s => AllStages.Contains(s) ? s : throw new ArgumentException($"Unknown stage '{s}'.")) },
                "--rates" => options with { Rates = List(value, Number) },
                "--seconds" => options with { PerRate = TimeSpan.FromSeconds(Number(value)) },
                "--subscriptions" => options with { Subscriptions = Whole(value) },
                "--webhook-modes" => options with { WebhookModes = List(value, m => Enum.Parse<WebhookMode>(m, ignoreCase: true)) },
                "--pipeline" => options with { Pipeline = List(value, Shape) },
                "--planning" => options with { Planning = List(value, Whole) },
                "--morning" => options with { MorningPlanning = List(value, Whole) },
                "--cold-starts" => options with { ColdStarts = Whole(value) },
                "--pipeline-timeout" => options with { PipelineTimeout = TimeSpan.FromSeconds(Number(value)) },
                "--results" => options with { Results = Path.GetFullPath(value) },
                "--commit" => options with { Commit = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options;
    }

    private static List<T> List<T>(string value, Func<string, T> parse) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse)];

    private static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static int Whole(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static PipelineShape Shape(string value) => value.Split('x') is [var users, var calls]
        ? new PipelineShape(Whole(users), Whole(calls))
        : throw new ArgumentException($"A pipeline workload is USERSxCALLS, not '{value}'.");
}
