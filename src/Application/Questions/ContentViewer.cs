namespace AdaptiveLearning.Application.Questions;

/// <summary>Who reads content decides what a read may contain, and so which cache entry serves it.</summary>
public enum ContentViewer
{
    /// <summary>Published questions under active nodes only, never answer keys, explanations or model answers.</summary>
    Learner,
    /// <summary>Authors and admins: every question, in full.</summary>
    Staff,
}
