using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups;

public sealed record GroupSummary(StudyGroup Group, GroupRole MyRole, bool SharesProgress, int MemberCount);
