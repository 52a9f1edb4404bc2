namespace AdaptiveLearning.Application.Progress.GetStudyReport;

/// <param name="Date">Any learner day of the period to report on; default today (the period in progress).</param>
public sealed record GetStudyReportQuery(Guid UserId, ReportPeriod Period = ReportPeriod.Week, DateOnly? Date = null);
