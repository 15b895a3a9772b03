import { text } from '../shared/guards.js';

export interface AddressPlain {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

interface AddressProps {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

/** A value: immutable, equal when its parts are equal. */
export class Address {
  private constructor(private readonly props: AddressProps) {}

  static from(plain: AddressPlain): Address {
    return new Address({
      line1: text('address.line1', plain.line1, { max: 200 }),
      line2:
        plain.line2 === undefined ? undefined : text('address.line2', plain.line2, { max: 200 }),
      city: text('address.city', plain.city, { max: 100 }),
      postalCode: text('address.postalCode', plain.postalCode, { max: 20 }),
      country: text('address.country', plain.country, {
        max: 2,
        pattern: new RegExp('^[A-Z]{2}$', 'u'),
      }),
    });
  }

  get line1(): string {
    return this.props.line1;
  }

  get line2(): string | undefined {
    return this.props.line2;
  }

  get city(): string {
    return this.props.city;
  }

  get postalCode(): string {
    return this.props.postalCode;
  }

  get country(): string {
    return this.props.country;
  }

  equals(other: Address): boolean {
    return JSON.stringify(this.toPlain()) === JSON.stringify(other.toPlain());
  }

  toPlain(): AddressPlain {
    return {
      line1: this.props.line1,
      line2: this.props.line2,
      city: this.props.city,
      postalCode: this.props.postalCode,
      country: this.props.country,
    };
  }
}
