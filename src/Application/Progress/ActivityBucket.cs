namespace AdaptiveLearning.Application.Progress;

public enum ActivityBucket
{
    Day,
    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,
    /// <summary>Calendar months.</summary>
    Month,
}
