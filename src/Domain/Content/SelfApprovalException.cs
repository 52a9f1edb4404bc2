namespace AdaptiveLearning.Domain.Content;

public sealed class SelfApprovalException()
    : InvalidOperationException("The last editor of a question cannot approve their own change; another reviewer must.");
