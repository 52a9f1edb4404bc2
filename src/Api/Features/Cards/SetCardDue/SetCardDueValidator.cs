using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Cards.SetCardDue;

internal sealed class SetCardDueValidator : Validator<SetCardDueRequest>
{
    public SetCardDueValidator() =>
        RuleFor(r => r.Due).NotNull().Must(d => d!.Value.Year is >= 2000 and <= 2200).WithMessage("Give a due time between 2000 and 2200.");
}
