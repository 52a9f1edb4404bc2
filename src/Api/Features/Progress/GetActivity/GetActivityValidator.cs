using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Progress.GetActivity;

internal sealed class GetActivityValidator : Validator<GetActivityRequest>
{
    // Far enough from DateOnly's ends that a default range or the day after never leaves the calendar.
    private static readonly DateOnly Earliest = new(1970, 1, 1);
    private static readonly DateOnly Latest = new(9000, 12, 31);

    public GetActivityValidator()
    {
        RuleFor(r => r.From).InclusiveBetween(Earliest, Latest);
        RuleFor(r => r.To).InclusiveBetween(Earliest, Latest);
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null);
        RuleFor(r => r.Node).MaximumLength(400);
    }
}
