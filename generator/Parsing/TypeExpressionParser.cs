using System;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Parsing;

/// <summary>
/// Parses type expressions: <c>union := postfix ('|' postfix)?</c>, <c>postfix := primary ('[]' | '?')*</c>,
/// <c>primary := name | 'map' '&lt;' union '&gt;' | '(' union ')'</c>.
/// </summary>
internal sealed class TypeExpressionParser
{
    private readonly string _text;
    private readonly SourceSpan _span;
    private int _position;

    private TypeExpressionParser(string text, SourceSpan span)
    {
        _text = text;
        _span = span;
    }

    /// <summary>Parses <paramref name="text"/>; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static TypeRef? Parse(string text, SourceSpan span, out string? error)
    {
        var parser = new TypeExpressionParser(text, span);
        try
        {
            var result = parser.ParseUnion();
            parser.SkipSpaces();
            if (parser._position < text.Length)
            {
                throw new FormatException($"unexpected '{text[parser._position]}' at position {parser._position + 1}");
            }

            error = null;
            return result;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    private TypeRef ParseUnion()
    {
        var first = ParsePostfix();
        SkipSpaces();
        if (!TryConsume('|'))
        {
            return first;
        }

        var second = ParsePostfix();
        SkipSpaces();
        if (Peek() == '|')
        {
            throw new FormatException("a union takes exactly two alternatives");
        }

        if (first.Equals(second))
        {
            throw new FormatException("both alternatives of the union are the same type");
        }

        return new UnionTypeRef(first, second);
    }

    private TypeRef ParsePostfix()
    {
        var type = ParsePrimary();
        while (true)
        {
            SkipSpaces();
            if (TryConsume('['))
            {
                SkipSpaces();
                if (!TryConsume(']'))
                {
                    throw new FormatException("'[' must be followed by ']' (a list is written 'T[]')");
                }

                type = new ListTypeRef(type);
            }
            else if (TryConsume('?'))
            {
                if (type is NullableTypeRef)
                {
                    throw new FormatException("'??' is not a type; one '?' makes a type nullable");
                }

                type = new NullableTypeRef(type);
            }
            else
            {
                return type;
            }
        }
    }

    private TypeRef ParsePrimary()
    {
        SkipSpaces();
        if (TryConsume('('))
        {
            var inner = ParseUnion();
            SkipSpaces();
            if (!TryConsume(')'))
            {
                throw new FormatException("missing ')'");
            }

            return inner;
        }

        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        if (start == _position)
        {
            throw new FormatException(_position < _text.Length ? $"expected a type name at '{_text[_position]}'" : "expected a type name");
        }

        var name = _text.Substring(start, _position - start);
        if (name == "map")
        {
            SkipSpaces();
            if (!TryConsume('<'))
            {
                throw new FormatException("'map' takes a value type: map<T>");
            }

            var value = ParseUnion();
            SkipSpaces();
            if (!TryConsume('>'))
            {
                throw new FormatException("missing '>' after map<T");
            }

            return new MapTypeRef(value);
        }

        if (char.IsDigit(name[0]))
        {
            throw new FormatException($"'{name}' is not a type name");
        }

        return PrimitiveFor(name) is { } kind
            ? new PrimitiveTypeRef(kind)
            : new NamedTypeRef(name, NameSpan(start, name.Length));
    }

    private SourceSpan NameSpan(int start, int length)
    {
        // Point inside the scalar when it sits on one line; otherwise at the scalar itself.
        if (_span.StartLine != _span.EndLine || _span.EndColumn - _span.StartColumn < _text.Length)
        {
            return _span;
        }

        var quote = _span.EndColumn - _span.StartColumn > _text.Length ? 1 : 0;
        return _span with
        {
            StartColumn = _span.StartColumn + quote + start,
            EndColumn = _span.StartColumn + quote + start + length,
            StartOffset = _span.StartOffset + quote + start,
            EndOffset = _span.StartOffset + quote + start + length,
        };
    }

    private static PrimitiveKind? PrimitiveFor(string name) => name switch
    {
        "string" => PrimitiveKind.String,
        "int" => PrimitiveKind.Int,
        "double" => PrimitiveKind.Double,
        "bool" => PrimitiveKind.Bool,
        "yn" => PrimitiveKind.YesNo,
        "date" => PrimitiveKind.Date,
        "datetime" => PrimitiveKind.DateTime,
        "timestamp" => PrimitiveKind.Timestamp,
        "any" => PrimitiveKind.Any,
        _ => null,
    };

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private bool TryConsume(char c)
    {
        if (Peek() != c)
        {
            return false;
        }

        _position++;
        return true;
    }
}
