namespace GraphCallback.Benchmarks.Pipeline;

/// <summary>A pipeline workload: this many users, each with this many calls from distinct callers.</summary>
internal sealed record PipelineShape(int Users, int CallsPerUser)
{
    public int Calls => Users * CallsPerUser;

    public override string ToString() => $"{Users} users x {CallsPerUser} calls";
}
