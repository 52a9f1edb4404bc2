namespace AdaptiveLearning.Application.Progress;

public enum ReportPeriod
{
    /// <summary>An ISO week, Monday to Sunday.</summary>
    Week,
    /// <summary>A calendar month.</summary>
    Month,
}
