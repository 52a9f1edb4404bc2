namespace AdaptiveLearning.Infrastructure.Observability;

/// <summary>Figures read from the database by the periodic refresher; <see cref="Galera"/> is null on a server without wsrep.</summary>
internal sealed record DatabaseStatus(IReadOnlyList<QueuedJobs> Jobs, GaleraStatus? Galera)
{
    public static readonly DatabaseStatus NotReadYet = new([], null);

    /// <summary>A kind whose queue emptied stays at 0 instead of vanishing, so a gauge and its alerts never go blank.</summary>
    public DatabaseStatus KeepingKindsOf(DatabaseStatus previous) => this with
    {
        Jobs = [.. Jobs, .. previous.Jobs.Where(p => Jobs.All(j => j.Kind != p.Kind)).Select(p => new QueuedJobs(p.Kind, 0, 0))],
    };
}
