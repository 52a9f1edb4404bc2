using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Exports.StartExport;

/// <summary>Checks the request and queues a durable export job; a node that does not exist is refused here, not by the job.</summary>
internal sealed class StartExportHandler(IExportJobs exports, IQuestionExportSource source) : IHandler<StartExportCommand, ExportJobView>
{
    public async Task<ExportJobView> HandleAsync(StartExportCommand command, CancellationToken ct)
    {
        var format = command.Format ?? ExportSpec.JsonFormat;
        if (!WireNames.TryParse(format, out BankFormat parsed) || !BankFormats.Writable.Contains(parsed))
            throw ProblemException.Field("format", $"Use one of: {BankFormats.WritableNames}.");
        if (command.Node is not null)
        {
            if (!HierarchyPath.TryParse(command.Node, out _))
                throw ProblemException.Field("node", $"'{command.Node}' is not a hierarchy path.");
            if ((await source.NodesAsync(command.Node, ct)).All(n => n.Path != command.Node))
                throw new ProblemException(Problems.NotFound, $"No hierarchy node has the path '{command.Node}'.");
        }
        if (await exports.CountActiveAsync(command.UserId, ct) >= StartExportCommand.MaxActiveJobsPerUser)
            throw new ProblemException(Problems.TooManyJobs, $"At most {StartExportCommand.MaxActiveJobsPerUser} of your exports can be queued or running.",
                retryAfter: TimeSpan.FromSeconds(30));

        var job = await exports.EnqueueAsync(Guid.NewGuid(), new ExportSpec(command.UserId, command.Node, command.Status, format), ct);
        return job.View;
    }
}
