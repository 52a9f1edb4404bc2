namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>How much of FSRS the optimiser dared to fit, given how many reviews it had.</summary>
public enum FsrsFitScope
{
    DefaultsKept = 0,
    InitialStabilitiesOnly = 1,
    AllParameters = 2,
}
