namespace AdaptiveLearning.Application.Progress.GetStudyReport;

/// <summary>This period minus the one before it.</summary>
/// <param name="Answers">Difference in answers.</param>
/// <param name="AnswersPercent">Answers relative to the previous period, in percent (+25 = a quarter more); null when it had none.</param>
/// <param name="Accuracy">Difference in accuracy (0.05 = five points better); null unless both periods have graded answers.</param>
/// <param name="TimeSpentMs">Difference in time spent.</param>
/// <param name="ActiveDays">Difference in days studied.</param>
/// <param name="Points">Difference in points earned.</param>
public sealed record ReportChange(int Answers, double? AnswersPercent, double? Accuracy, long TimeSpentMs, int ActiveDays, long Points)
{
    public static ReportChange Between(ActivityPeriod current, ActivityPeriod previous) => new(
        current.Answers - previous.Answers,
        previous.Answers == 0 ? null : Math.Round(100.0 * (current.Answers - previous.Answers) / previous.Answers, 1),
        current.Accuracy is { } now && previous.Accuracy is { } before ? Math.Round(now - before, 4) : null,
        current.TimeSpentMs - previous.TimeSpentMs,
        current.ActiveDays - previous.ActiveDays,
        current.Points - previous.Points);
}
