namespace ArabicNews.Nlp.Fuzz;

/// <summary>Thrown when a component's output breaks one of its documented invariants.</summary>
public sealed class InvariantViolationException : Exception
{
    public InvariantViolationException()
    {
    }

    public InvariantViolationException(string message)
        : base(message)
    {
    }

    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
