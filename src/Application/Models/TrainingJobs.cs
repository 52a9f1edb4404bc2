using System.Collections.Concurrent;
using System.Threading.Channels;

namespace AdaptiveLearning.Application.Models;

/// <summary>
/// Training requests waiting for the background trainer, and the status of recent jobs. Kept in memory:
/// a job lives only as long as the instance that runs it, which is all polling clients need.
/// </summary>
public sealed class TrainingJobs
{
    private const int Remembered = 100;
    private readonly ConcurrentDictionary<Guid, TrainingJob> _jobs = new();
    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>();
    private readonly Lock _enqueueLock = new();

    public ChannelReader<Guid> Queue => _queue.Reader;

    public TrainingJob Enqueue(string trigger, DateTimeOffset now)
    {
        // Checking for a waiting job and adding one must be one step, or concurrent requests each queue a run.
        lock (_enqueueLock)
        {
            // One waiting job is enough: it will train on everything logged by the time it starts.
            if (_jobs.Values.FirstOrDefault(j => j.Status == TrainingJobStatus.Queued) is { } waiting)
                return waiting;
            var job = new TrainingJob(Guid.NewGuid(), TrainingJobStatus.Queued, trigger, now);
            _jobs[job.Id] = job;
            _queue.Writer.TryWrite(job.Id);
            Forget();
            return job;
        }
    }

    public TrainingJob? Get(Guid id) => _jobs.GetValueOrDefault(id);

    public TrainingJob? Latest => _jobs.Values.MaxBy(j => j.RequestedAt);

    public bool Busy => _jobs.Values.Any(j => j.Status is TrainingJobStatus.Queued or TrainingJobStatus.Running);

    public void Update(TrainingJob job) => _jobs[job.Id] = job;

    private void Forget()
    {
        foreach (var old in _jobs.Values.Where(j => j.FinishedAt is not null).OrderByDescending(j => j.RequestedAt).Skip(Remembered))
            _jobs.TryRemove(old.Id, out _);
    }
}
