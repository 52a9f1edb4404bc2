using AdaptiveLearning.Application.Progress;

namespace AdaptiveLearning.Api.Features.Progress.GetStudyReport;

public sealed class GetStudyReportRequest
{
    public const string Route = "/progress/report";

    /// <summary>week (ISO, Monday to Sunday; the default) or month.</summary>
    public ReportPeriod? Period { get; init; }
    /// <summary>Any day of the period (my local day, YYYY-MM-DD); default today, the period in progress.</summary>
    public DateOnly? Date { get; init; }
}
