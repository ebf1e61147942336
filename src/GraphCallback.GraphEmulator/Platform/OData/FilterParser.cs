namespace GraphCallback.GraphEmulator.Platform.OData;

/// <summary>
/// A recursive-descent parser for the $filter subset Graph clients use: comparisons, and/or/not,
/// parentheses, contains/startswith/endswith and any/all lambdas. Anything else is a 400, as on Graph.
/// </summary>
public sealed class FilterParser
{
    private static readonly HashSet<string> Comparisons = ["eq", "ne", "gt", "ge", "lt", "le"];
    private static readonly HashSet<string> Functions = ["contains", "startswith", "endswith", "tolower", "toupper"];

    private readonly string _text;
    private readonly List<FilterToken> _tokens;
    private int _position;

    private FilterParser(string text)
    {
        _text = text;
        _tokens = FilterLexer.Tokenize(text);
    }

    public static FilterNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new FilterParser(text);
        var node = parser.ParseOr();
        if (parser.Peek.Kind != FilterTokenKind.End)
        {
            throw parser.Invalid($"unexpected '{parser.Peek.Text}'");
        }

        return node;
    }

    private FilterToken Peek => _tokens[_position];

    private FilterToken Next() => _tokens[_position++];

    private bool AcceptKeyword(string keyword)
    {
        if (Peek.Kind == FilterTokenKind.Identifier && Peek.Text.Equals(keyword, StringComparison.OrdinalIgnoreCase))
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(FilterTokenKind kind)
    {
        if (Next().Kind != kind)
        {
            throw Invalid($"expected {kind}");
        }
    }

    private GraphErrorException Invalid(string detail) => FilterLexer.Invalid(_text, detail);

    private FilterNode ParseOr()
    {
        var left = ParseAnd();
        while (AcceptKeyword("or"))
        {
            left = new BinaryNode("or", left, ParseAnd());
        }

        return left;
    }

    private FilterNode ParseAnd()
    {
        var left = ParseUnary();
        while (AcceptKeyword("and"))
        {
            left = new BinaryNode("and", left, ParseUnary());
        }

        return left;
    }

    private FilterNode ParseUnary() => AcceptKeyword("not") ? new NotNode(ParseUnary()) : ParseComparison();

    private FilterNode ParseComparison()
    {
        var left = ParsePrimary();
        if (Peek.Kind == FilterTokenKind.Identifier && Comparisons.Contains(Peek.Text.ToLowerInvariant()))
        {
            var op = Next().Text.ToLowerInvariant();
            return new BinaryNode(op, left, ParsePrimary());
        }

        return left;
    }

    private FilterNode ParsePrimary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case FilterTokenKind.OpenParen:
                var inner = ParseOr();
                Expect(FilterTokenKind.CloseParen);
                return inner;
            case FilterTokenKind.Literal:
                return new LiteralNode(token.Value);
            case FilterTokenKind.Identifier when Functions.Contains(token.Text.ToLowerInvariant()) && Peek.Kind == FilterTokenKind.OpenParen:
                return ParseCall(token.Text.ToLowerInvariant());
            case FilterTokenKind.Identifier:
                return ParsePath(token.Text);
            default:
                throw Invalid(token.Kind == FilterTokenKind.End ? "unexpected end of expression" : $"unexpected '{token.Text}'");
        }
    }

    private CallNode ParseCall(string function)
    {
        Expect(FilterTokenKind.OpenParen);
        var arguments = new List<FilterNode> { ParseOr() };
        while (Peek.Kind == FilterTokenKind.Comma)
        {
            _position++;
            arguments.Add(ParseOr());
        }

        Expect(FilterTokenKind.CloseParen);
        var expected = function is "tolower" or "toupper" ? 1 : 2;
        return arguments.Count == expected ? new CallNode(function, arguments) : throw Invalid($"{function} takes {expected} arguments");
    }

    private FilterNode ParsePath(string first)
    {
        var segments = new List<string> { first };
        while (Peek.Kind == FilterTokenKind.Slash)
        {
            _position++;
            var segment = Next();
            if (segment.Kind != FilterTokenKind.Identifier)
            {
                throw Invalid("expected a property name after '/'");
            }

            // Graph's own examples write Any(...) as well as any(...): lambda operators ignore case.
            if (segment.Text.ToLowerInvariant() is "any" or "all" && Peek.Kind == FilterTokenKind.OpenParen)
            {
                return ParseLambda(segment.Text.ToLowerInvariant(), new PathNode(segments));
            }

            segments.Add(segment.Text);
        }

        return new PathNode(segments);
    }

    private LambdaNode ParseLambda(string op, PathNode collection)
    {
        Expect(FilterTokenKind.OpenParen);
        if (Peek.Kind == FilterTokenKind.CloseParen)
        {
            _position++;
            return op == "any" ? new LambdaNode(op, collection, null, null) : throw Invalid("all() needs a lambda");
        }

        var variable = Next();
        if (variable.Kind != FilterTokenKind.Identifier)
        {
            throw Invalid("expected a lambda variable");
        }

        Expect(FilterTokenKind.Colon);
        var body = ParseOr();
        Expect(FilterTokenKind.CloseParen);
        return new LambdaNode(op, collection, variable.Text, body);
    }
}
