using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Application.Progress.GetStudyReport;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Progress.GetStudyReport;

internal sealed class GetStudyReportEndpoint(IHandler<GetStudyReportQuery, StudyReport> handler) : Endpoint<GetStudyReportRequest, StudyReport>
{
    public override void Configure()
    {
        Get(GetStudyReportRequest.Route);
        Options(x => x.WithTags("Progress"));
        Summary(s => s.Summary = "My weekly or monthly study report in my time zone: totals, the change from the period before, best day, daily series and when in the day I study best");
        Description(x => x.Produces<StudyReport>().ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(GetStudyReportRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetStudyReportQuery(User.UserId(), req.Period ?? ReportPeriod.Week, req.Date), ct), ct);
}
