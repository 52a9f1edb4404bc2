using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.ImportQuestions;

namespace AdaptiveLearning.Application.Imports.StartImport;

/// <summary>Records the job as queued and queues the same import the console program runs.</summary>
internal sealed class StartImportHandler(IImportJobStore jobs, IImportQueue queue, IClock clock)
    : IHandler<StartImportCommand, ImportJobView>
{
    public const int MaxFiles = 10_000;

    public async Task<ImportJobView> HandleAsync(StartImportCommand command, CancellationToken ct)
    {
        if (command.Files.Count == 0)
            throw ProblemException.Field("files", "Upload at least one question file.");
        if (command.Files.Count > MaxFiles)
            throw ProblemException.Field("files", $"Upload at most {MaxFiles} files per import.");

        if (await jobs.CountActiveAsync(command.UserId, ct) >= StartImportCommand.MaxActiveJobsPerUser)
            throw new ProblemException(Problems.TooManyJobs, $"At most {StartImportCommand.MaxActiveJobsPerUser} of your imports can be queued or running.",
                retryAfter: TimeSpan.FromSeconds(30));

        var job = new ImportJobView(Guid.NewGuid(), ImportJobStatus.Queued, command.Files.Count, command.DryRun, command.Publish, clock.UtcNow);
        await jobs.CreateAsync(job, command.UserId, ct);
        var options = new ImportOptions(command.DryRun, command.Publish, command.UserId);
        await queue.EnqueueAsync(new QueuedImport(job.Id, new ImportQuestionsCommand(command.Files, options)), ct);
        return job;
    }
}
